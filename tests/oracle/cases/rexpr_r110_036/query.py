from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("j").agg(F.round(F.avg(F.log10(col("j"))), 3).alias("a1"), expr("round(avg(ceiling(n)), 2) AS a2"), expr("round(product(timestamp_diff('MONTH', ts, (ts + INTERVAL -3 DAYS)) % 4), 3) AS a3"))
OUTPUT_MODE = "update"
