from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(TRY_CAST(j AS DECIMAL(6,3)) >= (n * m)) AS c1", "coalesce(dt, i) AS c2", "month(dt)").where("(b OR (j <> 0))")
OUTPUT_MODE = "append"
