from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("j").agg(expr("max((m * m * m * m * m)) AS a3"), expr("count(f) AS a1"), expr("(max((i - instr(CAST(ts AS STRING), 'a'))) - min((i - instr(CAST(ts AS STRING), 'a')))) AS a2"))
OUTPUT_MODE = "update"
