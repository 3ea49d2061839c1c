from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, s STRING, ts TIMESTAMP, m DECIMAL(38,10), j INT, dt DATE, n DECIMAL(5,3)").json(INPUT)
result = df.filter(col("d").isNotNull()).select(F.to_date(F.date_format(F.to_date(lit("2000-01-01")), "yyyy-MM-dd"), "yyyy-MM-dd").alias("c1"), expr("CASE j WHEN 1 THEN id ELSE id END AS c2"))
OUTPUT_MODE = "append"
