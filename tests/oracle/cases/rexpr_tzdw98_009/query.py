spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, d DOUBLE, ts TIMESTAMP, b BOOLEAN, s STRING, dt DATE, i INT, m DECIMAL(18,6), f FLOAT").load(INPUT)
result = df.selectExpr("id", "TRY_CAST(d AS BIGINT) AS c1", "CASE WHEN (b IS NOT NULL) THEN (format_number(m, 0) > btrim(s)) WHEN CASE WHEN ((0 > 7) = true) THEN (id IS NOT NULL) ELSE endswith(s, 'o') END THEN b WHEN (s <> 'x-y') THEN (dt <= to_date('2023-12-31')) ELSE (('1e2' * CAST(m AS DOUBLE)) <=> -1.5D) END AS c2", "date_add(to_date('2025-03-01'), 2)", "size(split('42', '-')) AS c4", "coalesce(3L, id, 86400L)")
OUTPUT_MODE = "append"
