# DataFrame methods users write beside spark.sql: set operations (intersect, subtract,
# intersectAll, exceptAll, unionByName with missing columns), unpivot/melt, a window
# over an aggregate, an outer join's row order, alias qualifiers. dataframe_shapes.txt
# is what PySpark 4.3 printed for this script (see tests/tables/README.md).
import sys
from pyspark.sql import SparkSession, functions as F
from pyspark.sql.window import Window

spark = (SparkSession.builder.master("local[1]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())


def rows(label, make):
    try:
        df = make()
        print(label, df.schema.simpleString(), sorted((tuple(r) for r in df.collect()), key=repr))
    except Exception as e:
        print(label, "error", e.getCondition())


a = spark.createDataFrame([("a", 1), ("a", 1), ("b", 3), ("c", 4), (None, None)], "c1 STRING, c2 INT")
b = spark.createDataFrame([("a", 1), ("b", 3), (None, None)], "c1 STRING, c2 INT")
rows("intersect", lambda: a.intersect(b))
rows("intersectAll", lambda: a.intersectAll(b))
rows("subtract", lambda: a.subtract(b))
rows("exceptAll", lambda: a.exceptAll(b))
rows("intersect arity", lambda: a.intersect(b.select("c1")))

x = spark.createDataFrame([(1, 2, 3)], "col0 INT, col1 INT, col2 INT")
y = spark.createDataFrame([(4, 5, 6)], "col1 INT, COL2 INT, col3 INT")
rows("unionByName missing", lambda: x.unionByName(y, allowMissingColumns=True))
rows("unionByName strict", lambda: x.unionByName(y))

w = spark.createDataFrame([(1, 11, 1.1), (2, 12, 1.2), (3, None, None)], "id INT, int INT, double DOUBLE")
rows("unpivot", lambda: w.unpivot("id", ["int", "double"], "var", "val"))
rows("melt all", lambda: w.melt(["id"], None, "var", "val"))
rows("unpivot none", lambda: w.unpivot(["id", "int", "double"], None, "var", "val"))

s = spark.createDataFrame([("x", 5), ("x", 7), ("y", 1), ("z", 9)], "k STRING, v INT")
rows("rank of sum", lambda: s.groupBy("k").agg(F.sum("v").alias("s"), F.rank().over(Window.orderBy(F.desc(F.sum("v")))).alias("r")))
rows("share", lambda: s.select(F.sum("v").alias("t"), F.count("*").over(Window.partitionBy()).alias("n")))

l = spark.createDataFrame([("Alice", 2), ("Bob", 5)], "name STRING, age INT")
r = spark.createDataFrame([("Tom", 80), ("Bob", 85)], "name STRING, height INT")
l.join(r, "name", "left_outer").show()
l.join(r, "name", "right_outer").show()

q = s.alias("q")
rows("alias select", lambda: q.select("q.k", F.col("q.v")).where("q.v > 4"))

# DataFrame subqueries: exists() beside *, scalar() in withColumn, ~exists() in a filter.
rows("exists beside star", lambda: s.select("*", l.where(F.col("age") > 4).exists().alias("e")))
rows("scalar withColumn", lambda: s.withColumn("m", s.select(F.max("v")).scalar()))
rows("not exists filter", lambda: s.where(~l.where(F.col("age") > 40).exists()).select("k"))
rows("other qualifier", lambda: s.alias("o").where(F.col("o.k") == F.col("c.k")))

# No columns: distinct keeps one (empty) row, show draws Spark's empty table.
nocols = s.select()
nocols.distinct().show()
print("no columns", nocols.count(), nocols.distinct().count(), nocols.dropDuplicates().count(), nocols.columns)
