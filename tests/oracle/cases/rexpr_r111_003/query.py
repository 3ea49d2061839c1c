from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "lpad(t, 0, '*') AS c1", "instr(CAST(NULL AS STRING), 'é') AS c2", "asinh(d) AS c3", "CAST(convert_timezone('UTC', 'Asia/Kolkata', to_timestamp_ntz(date_format(ts, 'yyyy-MM-dd HH:mm'))) AS STRING) AS c4", "date_add(next_day(dt, 'wednesday'), i) AS c5").where("(arrays_overlap(array(10, 0), array(1, 2, 10)) OR (c1 IS NULL))")
OUTPUT_MODE = "append"
