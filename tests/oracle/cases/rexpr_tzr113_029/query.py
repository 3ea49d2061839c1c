spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("d") <= lit(0.5))).selectExpr("id", "t", "pmod(id, nullif(j, 0)) AS c1", "TRY_CAST('日本' AS DATE) AS c2", "xpath_long('<a>' || replace(replace(typeof(array('', NULL)), '<', ''), '&', '') || '</a>', 'string-length(a)') AS c3", "xpath('<a><b>x</b><b>' || i || '</b></a>', 'a/b/text()') AS c4", "convert_timezone('America/Los_Angeles', 'UTC', ts)")
OUTPUT_MODE = "append"
