spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.to_number(col("i").cast('string'), lit('S9999'))).withColumn("c2", expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)").cast("date")).withColumn("c3", (col("c2") == F.to_date(lit("2025-03-01"))).cast("bigint"))
OUTPUT_MODE = "append"
