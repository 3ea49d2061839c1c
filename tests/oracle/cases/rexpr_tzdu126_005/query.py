spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "assert_true(i < 0) AS c1", "from_xml('<ROW x=\"' || negative(i) || '\"><v>' || f || '</v></ROW>', '_x INT, v DOUBLE')", "(i + i) AS c3", "arrays_zip(array(i, 2), array(s), array()) AS c4", "CAST(months_between(timestamp_micros(CAST(i AS BIGINT) * 1000000000L), ts, false) AS STRING) AS c5")
OUTPUT_MODE = "append"
