from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "d", "CAST((dt - INTERVAL 2 YEARS) AS TIMESTAMP) AS c1", "date_trunc('yyyy', ts)").where("((0.5D IN (3.75D)) OR (dt IS NULL))")
OUTPUT_MODE = "append"
