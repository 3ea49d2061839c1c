spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, m DECIMAL(10,2), t STRING, i INT, s STRING, d DOUBLE, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(((m / nullif(i, 0)) BETWEEN -3.10 AND 0.5) OR (TIMESTAMP'1999-12-31 23:59:59.999' IS NULL))").selectExpr("id", "t", "dayofyear((dt - INTERVAL 1 MONTH)) AS c1", "explode(array(size(map_keys(str_to_map(t, ' ', 'l'))), timestamp_diff('MONTH', ts, TIMESTAMP'2024-03-01 12:30:00.123456'), NULL))", "current_catalog() AS c3", "(pmod(id, nullif(bit_get(i, 3), 0)) + timestamp_diff('MONTH', ts, ts)) AS c4", "current_timezone() AS c5")
OUTPUT_MODE = "append"
