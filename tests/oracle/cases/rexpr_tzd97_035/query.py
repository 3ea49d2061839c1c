spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("regexp_extract(get(split(s, '[aeiou]'), 0), '([0-9]+)', 1)")).withColumn("c2", expr("b")).withColumn("c3", F.coalesce(F.to_date(lit("2024-02-29")), F.to_date(lit("2023-12-31")))).withColumn("c4", F.nullif(col("d"), lit(-1.5))).withColumn("c5", expr("bround(bround(d, 1), 2)")).select("id", "c1", "c2", "c3", "c4", "c5").where("(m IS NOT NULL)")
OUTPUT_MODE = "append"
