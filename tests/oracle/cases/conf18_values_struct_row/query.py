from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("k INT, v STRING").json(INPUT)
# A VALUES row written as one STRUCT(...) call is a row of its arguments (Spark's parser).
static = spark.sql("SELECT * FROM VALUES (struct(1, 'one')), (STRUCT(2 AS x, 'two' AS y)), ((struct(3, 'three'))), (4, 'four') AS t(k, name)")
nested = spark.sql("SELECT * FROM VALUES (struct(1, 'a'), 10), (struct(2, 'b'), 11) AS u(s, n)")
result = df.join(static, "k").join(nested, F.col("k") == F.col("n").cast("int") % 9, "left").select("k", "v", "name", "s", "n")
OUTPUT_MODE = "append"
