from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("replace(coalesce(t, 'a'), 'o', '0') AS k1")).agg(F.sum(F.when(col("ts").isNotNull().isNull(), col("i")).otherwise(lit(0))).alias("a1"), expr("max(if(b, id, id)) AS a2"), (F.max(F.when((col("ts") == col("dt")), F.months_between(F.when(col("b"), col("dt")).otherwise(col("dt")), col("ts"), False)).otherwise(col("d"))) - F.min(F.when((col("ts") == col("dt")), F.months_between(F.when(col("b"), col("dt")).otherwise(col("dt")), col("ts"), False)).otherwise(col("d")))).alias("a3"), expr("round(avg(ifnull(i, 5)), 2) AS a4")).filter("a1 IS NOT NULL").orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
