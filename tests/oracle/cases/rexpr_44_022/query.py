from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(38,10), d DOUBLE, s STRING, t STRING, b BOOLEAN, j INT, i INT, ts TIMESTAMP, dt DATE").load(INPUT)
result = df.filter(((~lit(100.0).isNotNull()) | (col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).selectExpr("id", "j", "(1 * (id - id)) AS c1", "(CAST(m AS DOUBLE) * (3 * id)) AS c2", "(m + 0.5) AS c3", "next_day(dt, 'Mon') AS c4", "substr(try_element_at(split(t, '-'), -1), 2, 0) AS c5").filter((~F.coalesce(col("b"), lit(False))))
OUTPUT_MODE = "append"
