from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("sha2(translate(s, 'abc', ''), 256) AS k1")).agg(F.min(F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("a1"), expr("round(avg((i - i)), 2) AS a2"), F.round(F.avg(F.when((col("f") != lit(0.1)), col("i")).when((~(col("m") != expr("0.001"))), lit(3)).otherwise(F.year(col("ts")))), 3).alias("a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
