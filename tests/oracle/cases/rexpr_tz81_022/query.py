spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), ts TIMESTAMP, i INT, s STRING, dt DATE, b BOOLEAN, n DECIMAL(9,5), d DOUBLE").json(INPUT)
result = df.select("id", "m", expr("rpad(s, 8, ' ')").alias("c1"), expr("nullif(bround((m * n), 2), 1.25)").alias("c2"), expr("((i % nullif(i, 0)) - i)").alias("c3"), expr("add_months(CASE CASE WHEN b THEN 'x-y' WHEN (s >= 'a') THEN s ELSE s END WHEN 'x-y' THEN dt WHEN 'o' THEN dt ELSE dt END, i)").alias("c4"), (lit(0) * (F.nullif(col("i"), lit(0)) + F.datediff(col("dt"), col("dt")))).alias("c5"))
OUTPUT_MODE = "append"
