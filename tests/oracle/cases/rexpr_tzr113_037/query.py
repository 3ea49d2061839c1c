spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, b BOOLEAN, n DECIMAL(9,5), s STRING, i INT, m DECIMAL(38,10), j INT, d DOUBLE, t STRING, dt DATE").json(INPUT)
result = df.selectExpr("id", "CAST(make_timestamp_ltz(2024, 3, 10, 2, 30, 0) AS STRING) AS c1", "xpath_double('<a><b>' || i || '</b><b>2.5</b></a>', 'sum(a/b)')", "cosh(nvl2(arrays_overlap(array(i), array(CAST(NULL AS INT), 3)), d, 0.5D) / 100) AS c3").filter("(d = 100.0D)")
OUTPUT_MODE = "append"
