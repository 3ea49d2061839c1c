from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("crc32(CASE WHEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') THEN t WHEN b THEN t WHEN b THEN t ELSE s END) AS c1", "(CASE WHEN (m IS NOT NULL) THEN (m < 1.25) END AND (dt IS NOT NULL)) AS c2", "to_date(date_format(nvl2(ifnull(dt, DATE'2024-02-29'), to_date('2024-02-29'), to_date('2023-12-31')), 'dd/MM/yyyy'), 'dd/MM/yyyy') AS c3", "lpad(CASE WHEN (id <= 0L) THEN s WHEN (s != 'x-y') THEN t END, 6, 'é') AS c4")
OUTPUT_MODE = "append"
