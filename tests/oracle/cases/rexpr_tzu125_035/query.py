spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((n <= 0.5), false))").selectExpr("id", "TRY_CAST(n AS INT) AS c1", "from_xml('<ROW><a>' || bit_get(i, 3) || '</a><a>2</a></ROW>', 'a ARRAY<INT>') AS c2", "current_timezone() AS c3", "from_csv(rpad(schema_of_csv('1,abc,2.5,true'), 0, 'ab'), 'a INT, b STRING, c DOUBLE') AS c4", "format_string('%.2f / %s', 0.5D, s) AS c5").filter(col("dt").isNotNull())
OUTPUT_MODE = "append"
