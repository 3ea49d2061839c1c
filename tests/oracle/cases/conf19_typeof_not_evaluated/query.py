from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("i INT, d DATE").json(INPUT)
result = df.select(expr("typeof(map(i, d))"), F.typeof(expr("1 / 0")).alias("t2"), expr("typeof(array(i)) AS t3")).where("typeof(i) = 'int'")
OUTPUT_MODE = "append"
