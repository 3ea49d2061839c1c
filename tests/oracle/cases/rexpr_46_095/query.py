from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, s STRING, ts TIMESTAMP, f FLOAT, d DOUBLE, m DECIMAL(10,2), i INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, max(dt) AS a1, min(CAST((id > 86400L) AS INT)) AS a2, max(try_divide(d, i)) AS a3, (max(CAST(instr(s, 'é') AS DOUBLE)) - min(CAST(instr(s, 'é') AS DOUBLE))) AS a4 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
