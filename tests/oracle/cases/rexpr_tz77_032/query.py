spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("i") <= lit(3))).select("id", expr("nullif(id, 86400L)").alias("c1"), expr("(id / nullif(i, 0)) AS c2"), expr("(size(split(s, ',')) <> (instr('42', 'o') * m))").alias("c3"), F.to_date(F.date_trunc("DAY", F.greatest(col("ts"), col("ts")))).alias("c4")).where("(s >= 'é')")
OUTPUT_MODE = "append"
