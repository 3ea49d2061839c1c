from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("nullif((i + id), 86400L) AS c1", "round(d, 1) AS c2", "initcap(s) AS c3", "(greatest(m, (- n)) IN (0.5, 12.345, 1.25)) AS c4", "(to_date(date_format(CAST(ts AS DATE), 'dd/MM/yyyy'), 'dd/MM/yyyy') - INTERVAL 1 DAY) AS c5")
OUTPUT_MODE = "append"
