# PySpark data types as objects: repr, isinstance over the abstract classes, StructType as a
# sequence of fields, typeName, fromJson (expected: PySpark 4.3 under CPython 3.11, no session).
from pyspark.sql.types import *
from pyspark.sql.types import DataType, AtomicType, NumericType, IntegralType, FractionalType
f = StructField("a", LongType(), True)
print(repr(f))
print(f, f.simpleString(), f.jsonValue(), f.metadata)
s = StructType([f, StructField("b", StringType(), False)])
print(repr(s))
print(isinstance(LongType(), DataType), isinstance(s, DataType), isinstance(f, StructField), isinstance(s, StructType), isinstance(s, LongType))
print(s.fieldNames(), s["b"], s[0], s[-1], len(s), [x.name for x in s], "a" in s)
for k in ["x", 5]:
    try: print(repr(s[k]))
    except Exception as e: print(type(e).__name__, e)
for t in [s, LongType(), DecimalType(5,2), TimestampNTZType(), TimestampType(), ArrayType(LongType()), MapType(StringType(), LongType()), NullType(), BinaryType(), DateType(), ByteType(), ShortType(), IntegerType(), FloatType(), DoubleType(), BooleanType(), StringType()]:
    print(t.typeName(), isinstance(t, AtomicType), isinstance(t, NumericType), isinstance(t, IntegralType), isinstance(t, FractionalType), isinstance(t, DataType))
print(StructType.fromJson(s.jsonValue()) == s, StructField.fromJson(f.jsonValue()) == f)
t = StructType.fromJson({"type":"struct","fields":[{"name":"x","type":{"type":"array","elementType":"long","containsNull":False},"nullable":True,"metadata":{}}]})
print(repr(t))
# type() of a data type and a field is PySpark's class; interval types of a query's schema.
print(type(StringType()).__name__, type(IntegerType()) == IntegerType, type(LongType()), type(f), type(s) == StructType)
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
df = spark.sql("SELECT INTERVAL '1 2:03:04' DAY TO SECOND AS a, INTERVAL '3' HOUR AS b, INTERVAL '1-2' YEAR TO MONTH AS c")
for x in df.schema.fields:
    t = x.dataType
    print(repr(x), t.typeName(), isinstance(t, AtomicType), isinstance(t, NumericType), type(t).__name__)
