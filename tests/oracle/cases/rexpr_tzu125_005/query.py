spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "from_json('[' || array_position(array(CAST(timestamp_add('MONTH', size(map_keys(str_to_map(s, ' ', 'l'))), dt) AS STRING), 'a', to_char(encode(CAST(make_timestamp_ntz(2024, abs(i) % 12 + 1, 29, 10, 30, 45.5) AS STRING), 'utf-8'), 'base64')), 'a') || ', 2]', 'ARRAY<INT>') AS c1", "power(s, 2) AS c2", "(dt - INTERVAL -10 DAYS) AS c3", "concat_ws('|', s, schema_of_csv('1,abc,2.5,true')) AS c4", "hmac('k', 'x-y', 'SHA256') AS c5")
OUTPUT_MODE = "append"
