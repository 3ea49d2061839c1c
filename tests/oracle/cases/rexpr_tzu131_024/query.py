spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nullifzero((size(map_keys(str_to_map(hex(to_binary(t, 'utf-8')), ' ', 'l'))) + json_array_length(t))) AS c1", "(- (m / -4))", "explode(array(shiftright(i, 33), position(s, 'o', 2), NULL))", "timestamp_diff('DAY', dt, nullif(CASE WHEN (id > 86400L) THEN ts WHEN (i <> 1) THEN timestampadd(DAY, i, ts) WHEN (dt IS NOT NULL) THEN CASE WHEN CAST(NULL AS BOOLEAN) THEN ts WHEN (n IS NOT NULL) THEN ts WHEN (t IS NOT NULL) THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END END, TIMESTAMP'2024-03-01 12:30:00.123456')) AS c4", "regexp_extract_all(CAST(make_dt_interval(i, 2, 3, 4.5) AS STRING), '[0-9]+', 0) AS c5", "(pmod(id, nullif(i, 0)) * 10)")
OUTPUT_MODE = "append"
