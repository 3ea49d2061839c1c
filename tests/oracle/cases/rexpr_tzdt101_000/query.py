spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, ts TIMESTAMP, t STRING, n DECIMAL(5,3), j INT, d DOUBLE, i INT, b BOOLEAN, s STRING, m DECIMAL(18,6)").load(INPUT)
result = df.selectExpr("id", "s", "CAST(dt AS TIMESTAMP) AS c1", "left(format_string('[%5s|%-4d]', s, (-1 - i)), 1) AS c2", "if(b, 3L, id) AS c3", "from_unixtime((id % nullif(i, 0))) AS c4", "nullif(TRY_CAST(CAST(extract(SECOND FROM (ts - ts)) AS STRING) AS DECIMAL(5,1)), 99.99) AS c5").filter("(nvl2((s RLIKE '^\\\\s'), (c1 > TIMESTAMP'1999-12-31 23:59:59.999'), false) OR (c4 IS NOT NULL))")
OUTPUT_MODE = "append"
