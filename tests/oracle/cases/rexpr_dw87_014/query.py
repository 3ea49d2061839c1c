from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(CAST((i ^ 3) AS INT) % nullif(i, 0)) AS c1", "split_part(substring_index(t, ' ', 0), ',', 1) AS c2", "CASE (i + i) WHEN 5 THEN d ELSE d END AS c3", "(id % nullif(instr(trim(sha1(t)), 'é'), 0)) AS c4")
OUTPUT_MODE = "append"
