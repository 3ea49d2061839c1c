from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("concat_ws('-', trim(format_number(id, 3)), s, CAST(j AS STRING))").alias("c1"), (F.coalesce(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))) - expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c2"), expr("((dt >= to_date('2024-02-29')) AND b)"))
OUTPUT_MODE = "append"
