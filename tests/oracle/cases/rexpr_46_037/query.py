from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(i IS NOT NULL)").withColumn("c1", F.get(F.split(F.get(F.split(F.ceil(col("n")).cast("string"), "  *"), 0), "  *"), 1)).withColumn("c2", expr("rtrim(CAST(CASE WHEN (s > 'o') THEN id ELSE id END AS STRING))")).withColumn("c3", expr("(id * 3)"))
OUTPUT_MODE = "append"
