from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, i INT, j INT, d DOUBLE, b BOOLEAN, m DECIMAL(10,2), f FLOAT, ts TIMESTAMP, s STRING").json(INPUT)
result = df.where("(m = 0.5)").groupBy(expr("locate('o', 'x-y') AS k1")).agg(F.round(F.avg(col("i")), 0).alias("a1"), F.count(col("b").cast("int")).alias("a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
