from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("abs(0) AS c1", "(quarter(ifnull(dt, DATE'2025-03-01')) BETWEEN -1 AND 5) AS c2", "instr(concat_ws('|', CAST(dt AS STRING), s, '日本'), ' ') AS c3").where("(nvl((f IS NOT NULL), false) OR (s >= '2024-02-29'))")
OUTPUT_MODE = "append"
