s=open('art_zgc21.py').read()
def rep(old,new,count=1):
    global s
    assert s.count(old)>=1, (old, s.count(old))
    s=s.replace(old,new,1)
