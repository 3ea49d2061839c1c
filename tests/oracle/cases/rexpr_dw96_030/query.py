from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, i INT, n DECIMAL(4,1), s STRING, ts TIMESTAMP, t STRING, m DECIMAL(18,6), d DOUBLE, dt DATE").json(INPUT)
df.where(col("n").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT instr(t, 'a') AS k1, count_if(TRY_CAST(substring_index('2024-02-29', ',', 0) AS BOOLEAN)) AS a1, max(d) AS a2, avg(bround(nullif(d, CAST('NaN' AS DOUBLE)), 1)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
