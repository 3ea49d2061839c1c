from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "regexp_replace('', '(a|b)', '<>') AS c1", "(CAST(i AS DOUBLE) * id) AS c2").where((col("dt") >= F.to_date(lit("2023-12-31"))))
OUTPUT_MODE = "append"
