from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, b BOOLEAN, ts TIMESTAMP, d DOUBLE, i INT, s STRING, dt DATE, m DECIMAL(38,10), j INT").load(INPUT)
result = df.filter((col("b") | (col("d") != lit(0.1)))).selectExpr("id", "CASE WHEN b THEN dt ELSE dt END AS c1", "(CASE WHEN b THEN id ELSE id END - id) AS c2").filter((expr("CASE (t LIKE '% %') WHEN true THEN b WHEN false THEN b ELSE ((b IS NOT NULL) OR b) END") | col("j").isNull()))
OUTPUT_MODE = "append"
