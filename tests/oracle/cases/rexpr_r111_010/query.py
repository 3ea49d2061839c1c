from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("j").alias("k1")).agg(expr("bit_xor(size(split(CAST(make_timestamp_ltz(2024, 3, 10, 2, 30, 0) AS STRING), '-'))) AS a1"), expr("regr_count(i, xpath_float('<a b=\"' || i || '\"/>', 'a/@b')) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
