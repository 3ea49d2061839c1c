from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "sqrt(CASE WHEN b THEN d ELSE f END)", "CAST(nvl((i % 2), 0) AS TIMESTAMP) AS c2", "(NOT b)").where(((F.isnull(col("s")) != (col("f") > lit(3.75))) | col("n").isNotNull()))
OUTPUT_MODE = "append"
