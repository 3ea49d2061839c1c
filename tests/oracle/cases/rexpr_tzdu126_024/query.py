spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, m DECIMAL(10,2), dt DATE, s STRING, n DECIMAL(5,3), ts TIMESTAMP, d DOUBLE, i INT, t STRING").json(INPUT)
result = df.select(expr("pi() * i"), F.is_valid_utf8(col("t")), expr("from_json('{\"k\": ' || abs(round(d)) || '}', 'MAP<STRING, DOUBLE>')").alias("c3"), F.octet_length(col("t"))).where((col("c3").isNotNull().cast("int").isin(lit(2), lit(1)) | col("c3").isNotNull()))
OUTPUT_MODE = "append"
