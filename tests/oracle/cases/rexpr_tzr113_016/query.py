spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, j INT, s STRING, i INT, d DOUBLE, b BOOLEAN, m DECIMAL(38,10), k BIGINT, n DECIMAL(5,3), dt DATE").load(INPUT)
result = df.filter("(((j IS NOT NULL) IS NULL) OR (ts < TIMESTAMP'2024-03-01 12:30:00.123456'))").selectExpr("id", "d", "negative(j) AS c1", "flatten(array(array(0, i), array(), array(NULL))) AS c2", "CAST(greatest(3, i, j) AS DECIMAL(20,0)) AS c3", "monthname((TIMESTAMP'2024-02-29 00:00:00' + INTERVAL -3 DAYS))", "positive(m) AS c5", "next_day(try_to_date(s), 'TU') AS c6")
OUTPUT_MODE = "append"
