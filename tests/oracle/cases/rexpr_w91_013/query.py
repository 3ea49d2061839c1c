from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(18,6), s STRING, f FLOAT, b BOOLEAN, d DOUBLE, t STRING, j INT, ts TIMESTAMP, i INT, dt DATE").load(INPUT)
result = df.where("((-1 IS NULL) OR b)").groupBy("s").agg(F.avg(F.try_divide(col("d"), col("i"))).alias("a1"), (F.max(col("f")) - F.min(col("f"))).alias("a2"), F.min(col("t")).alias("a3"), expr("(max(m) - min(m)) AS a4")).orderBy("s")
OUTPUT_MODE = "complete"
ORDERED = True
