spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "m", "sentences(from_unixtime(xpath_short('<a><b>7</b><b>' || 2 || '</b></a>', 'sum(a/b)'), 'HH:mm')) AS c1", "to_binary(date_format(CASE WHEN (dt <> to_date('2024-02-29')) THEN convert_timezone('America/Los_Angeles', 'UTC', ts) WHEN arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) THEN (ts + INTERVAL -3 DAYS) WHEN (i IN (10)) THEN ts END, 'D'), 'utf-8') AS c2").where("coalesce((ts IS NOT NULL), true)")
OUTPUT_MODE = "append"
