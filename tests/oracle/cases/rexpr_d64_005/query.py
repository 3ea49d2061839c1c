from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.date_add(((F.to_date(lit("2000-01-01")) + expr("INTERVAL 1 MONTH")) - expr("INTERVAL '1-1' YEAR TO MONTH")), lit(0)).alias("c1"), expr("(m / nullif(TRY_CAST(i AS INT), 0)) AS c2"), expr("if(i, 1, 2) AS c3"))
OUTPUT_MODE = "append"
