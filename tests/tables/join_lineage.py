# df.col after a join, where the DataFrame the column was taken from is not the join's own
# input but lies under it (filtered, projected, renamed, sorted): Spark resolves `emp.k`
# by its attribute, which those operators pass through. join_lineage.txt is what PySpark
# 4.3 printed for this script (see tests/tables/README.md).
from pyspark.sql import SparkSession, functions as F

spark = (SparkSession.builder.master("local[1]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())


def rows(label, make):
    try:
        df = make()
        print(label, df.columns, sorted((tuple(r) for r in df.collect()), key=repr))
    except Exception as e:
        print(label, "error", e.getCondition())


emp = spark.createDataFrame([(1, "ann", 10), (2, "bob", 20), (3, "cy", 30), (4, "di", 10)], "id INT, name STRING, k INT")
dept = spark.createDataFrame([(10, "eng"), (20, "ops"), (40, "hr")], "k INT, dname STRING")
rows("filter", lambda: emp.filter(emp.id > 1).join(dept, emp.k == dept.k))
rows("filter select", lambda: emp.filter(emp.id > 1).join(dept, emp.k == dept.k).select(emp.name, emp.k, dept.dname))
rows("select", lambda: emp.select("k", "name").join(dept, emp.k == dept.k).select(emp.k, "dname"))
rows("withColumn", lambda: emp.withColumn("x", emp.id * 2).join(dept, emp.k == dept.k).select("x", dept.k))
rows("sort limit", lambda: emp.orderBy("id").limit(3).join(dept, emp.k == dept.k, "left").select(emp.id, dept.k))
rows("right side filtered", lambda: emp.join(dept.filter(dept.k < 40), emp.k == dept.k).select(emp.k, dept.dname))
rows("both filtered", lambda: emp.where("id < 4").join(dept.where("k > 10"), emp.k == dept.k, "full").select(emp.k, dept.k))
rows("drop", lambda: emp.filter(emp.id > 1).join(dept, emp.k == dept.k).drop(dept.k))
rows("replaced", lambda: emp.withColumn("k", emp.k + 10).join(dept, emp.k == dept.k))
rows("aliased", lambda: emp.select(emp.k.alias("kk"), "name").join(dept, emp.k == dept.k))
rows("agg", lambda: emp.groupBy("k").count().join(dept, emp.k == dept.k))
rows("distinct", lambda: emp.select("k").distinct().join(dept, emp.k == dept.k).select(emp.k))
rows("chain", lambda: emp.filter(emp.id > 0).join(dept, emp.k == dept.k).filter(dept.dname != "x").select(emp.name, dept.dname))
