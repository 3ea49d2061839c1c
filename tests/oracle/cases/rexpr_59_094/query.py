from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(5,3), b BOOLEAN, m DECIMAL(10,2), i INT, d DOUBLE, ts TIMESTAMP, s STRING, f FLOAT, t STRING, j INT, dt DATE").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT instr(t, 'é') AS k1, datediff(max(next_day(dt, 'TU')), min(next_day(dt, 'TU'))) AS a1, count_if((s <> t)) AS a2, (max(-1) - min(-1)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
