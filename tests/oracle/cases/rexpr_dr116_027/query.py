from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, d DOUBLE, dt DATE, s STRING, ts TIMESTAMP, i INT, t STRING, n DECIMAL(20,0), m DECIMAL(10,2)").json(INPUT)
result = df.where((F.map_contains_key(F.create_map(col("i"), lit('a'), lit(3), lit('b')), 3) | (col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00"))))).selectExpr("posexplode_outer(array_remove(array(current_schema(), 'x'), 'x'))", "(CASE WHEN false THEN m ELSE m END * 2.0D) AS c2", "exists(split(format_number(m, 3), ' '), x -> x = 'b') AS c3").where(F.coalesce(F.array_contains(F.split(F.split_part(col("s"), lit(","), lit(3)), ","), "o"), lit(True)))
OUTPUT_MODE = "append"
