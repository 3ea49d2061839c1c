from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("t").agg(F.sum(col("d")).alias("a1"), expr("count(pmod(i, 2)) AS a2"), expr("round(avg(m), 2) AS a3")).orderBy("t")
OUTPUT_MODE = "complete"
ORDERED = True
