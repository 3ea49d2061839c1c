from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "m", (col("m") - col("i")).alias("c1"), expr("ifnull(xpath_long('<a>' || replace(replace(from_unixtime(i), '<', ''), '&', '') || '</a>', 'string-length(a)'), 1000L) AS c2")).filter((col("d").isNotNull() | col("f").isNull()))
OUTPUT_MODE = "append"
