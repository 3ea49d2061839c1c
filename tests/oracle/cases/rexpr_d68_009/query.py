from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "string(n) AS c1", "(regexp_extract(concat(t, CAST(dt AS STRING)), '([a-z]+)', 1) >= t) AS c2", "rtrim(date_format(try_to_timestamp(s), 'a h:mm')) AS c3", "year(i) AS c4")
OUTPUT_MODE = "append"
