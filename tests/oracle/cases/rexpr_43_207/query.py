from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("lpad(substring(s, 5, 3), 0, ' ')")).withColumn("c2", expr("to_date(ts)")).withColumn("c3", expr("sha2(' ', 512)")).withColumn("c4", F.to_timestamp(F.date_format(F.to_timestamp(lit("2024-02-29 00:00:00")), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm")).withColumn("c5", F.greatest(col("m"), col("m"))).select("id", "c1", "c2", "c3", "c4", "c5").where("((NOT b) OR (d > -1.5D))")
OUTPUT_MODE = "append"
