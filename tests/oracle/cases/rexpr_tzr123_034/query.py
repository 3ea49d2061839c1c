spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(20,0), f FLOAT, dt DATE, m DECIMAL(7,0), ts TIMESTAMP, i INT, d DOUBLE, s STRING, b BOOLEAN").json(INPUT)
result = df.filter("coalesce((f BETWEEN 100.0D AND 3.75D), true)").withColumn("c1", F.timestamp_diff('SECOND', F.date_trunc("yyyy", expr("convert_timezone('America/Los_Angeles', 'UTC', make_timestamp_ltz(2024, 2, 29, i, 0, 0, 'Asia/Tokyo'))")), col("ts"))).withColumn("c2", expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)")).withColumn("c3", expr("add_months(dt, i)")).withColumn("c4", expr("flatten(array(array(trim(upper(make_valid_utf8(s)))), CAST(NULL AS ARRAY<STRING>)))")).select("id", "c1", "c2", "c3", "c4").filter("((true AND (c1 >= 0L)) OR (c3 = DATE'2023-12-31'))")
OUTPUT_MODE = "append"
